#!/bin/sh
# Regenerates the placeholder pictures of the unseen articles with ImageMagick 6
# (`apt-get install imagemagick`), like fixtures/images/generate.sh does for the
# seeds. The files are committed: nothing at test time runs this script.
set -eu
cd "$(dirname "$0")"

SIZE_LABEL=no
. ../../../scripts/placeholder-picture.sh

picture sorgho-gers-16x9.jpg 1600 900 '#6b4f1d' '#c9a227' 'Champ de sorgho près de Lectoure'
picture sorgho-gers-4x3.jpg 1200 900 '#6b4f1d' '#c9a227' 'Champ de sorgho près de Lectoure'
picture sorgho-gers-1x1.jpg 1200 1200 '#6b4f1d' '#c9a227' 'Champ de sorgho près de Lectoure'
picture velos-lyon-station.jpg 1200 800 '#0b3d2e' '#2a9d8f' 'Station de vélos, Villeurbanne'
