#!/bin/sh
# Regenerates the placeholder pictures of the unseen articles with ImageMagick 6
# (`apt-get install imagemagick`), like fixtures/images/generate.sh does for the
# seeds. The files are committed: nothing at test time runs this script.
set -eu
cd "$(dirname "$0")"

SITE="Image d’illustration · Le Quotidien d’exemple"

# picture FILE WIDTH HEIGHT FROM_COLOUR TO_COLOUR TITLE
picture() {
  file=$1 width=$2 height=$3 from=$4 to=$5 title=$6
  box_width=$((width * 8 / 10))
  box_height=$((height * 5 / 10))
  small=$((height / 30 + 8))
  convert -size "${width}x${height}" "gradient:${from}-${to}" \
    \( -size "${box_width}x${box_height}" -background none -fill white \
       -font DejaVu-Serif-Bold -gravity center "caption:${title}" \) \
    -gravity center -composite \
    -fill 'rgba(255,255,255,0.85)' -font DejaVu-Sans -pointsize "$small" \
    -gravity south -annotate "+0+$((height / 16))" "$SITE" \
    -strip -interlace JPEG -sampling-factor 4:2:0 -quality 60 "$file"
}

picture sorgho-gers-16x9.jpg 1600 900 '#6b4f1d' '#c9a227' 'Champ de sorgho près de Lectoure'
picture sorgho-gers-4x3.jpg 1200 900 '#6b4f1d' '#c9a227' 'Champ de sorgho près de Lectoure'
picture sorgho-gers-1x1.jpg 1200 1200 '#6b4f1d' '#c9a227' 'Champ de sorgho près de Lectoure'
picture velos-lyon-station.jpg 1200 800 '#0b3d2e' '#2a9d8f' 'Station de vélos, Villeurbanne'
