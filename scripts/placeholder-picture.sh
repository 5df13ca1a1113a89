# Sourced by the generate.sh scripts beside the committed placeholder pictures
# (fixtures/images, tests/judges/images). Needs ImageMagick 6 (`apt-get install
# imagemagick`); nothing at build or test time runs it.

SITE="Image d’illustration · Le Quotidien d’exemple"

# picture FILE WIDTH HEIGHT FROM_COLOUR TO_COLOUR TITLE: a neutral gradient with the
# subject it stands for, the site's line at the bottom and, when SIZE_LABEL=yes, its
# pixel size in a corner (so that a designer sees which crop is shown).
picture() {
  file=$1 width=$2 height=$3 from=$4 to=$5 title=$6
  box_width=$((width * 8 / 10))
  box_height=$((height * 5 / 10))
  small=$((height / 30 + 8))
  size_label=''
  [ "${SIZE_LABEL:-no}" = yes ] && size_label="${width} × ${height}"
  convert -size "${width}x${height}" "gradient:${from}-${to}" \
    \( -size "${box_width}x${box_height}" -background none -fill white \
       -font DejaVu-Serif-Bold -gravity center "caption:${title}" \) \
    -gravity center -composite \
    -fill 'rgba(255,255,255,0.85)' -font DejaVu-Sans -pointsize "$small" \
    -gravity south -annotate "+0+$((height / 16))" "$SITE" \
    -gravity northwest -annotate "+$((width / 40))+$((height / 30))" "$size_label" \
    -strip -interlace JPEG -sampling-factor 4:2:0 -quality 60 "$file"
}
