#!/usr/bin/env bash
# Makes the small image, video and audio fixtures under test/fixtures once; they are committed.
# Needs Debian's imagemagick, webp and ffmpeg packages: apt-get install imagemagick webp ffmpeg
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures"
convert=/usr/bin/convert

$convert -size 640x480 gradient:'#8b5cf6-#ec4899' -strip photo-640x480.png
$convert photo-640x480.png -strip -quality 80 photo-640x480.jpg
$convert -size 800x600 gradient:'#0ea5e9-#22c55e' -strip -interlace JPEG -quality 80 progressive-800x600.jpg
# A JPEG whose size sits after a large EXIF/APP block, to exercise the marker walk.
$convert -size 300x500 gradient:'#f59e0b-#ef4444' -quality 85 -set comment "$(head -c 3000 /dev/zero | tr '\0' 'x')" portrait-300x500.jpg
/usr/bin/cwebp -quiet -q 70 photo-640x480.png -o lossy-640x480.webp
/usr/bin/cwebp -quiet -lossless -resize 512 384 photo-640x480.png -o lossless-512x384.webp
# Extended (VP8X) WebP: lossy with an alpha channel.
$convert -size 333x222 xc:'rgba(139,92,246,0.5)' png32:alpha-333x222.png
/usr/bin/cwebp -quiet -q 70 -alpha_q 50 alpha-333x222.png -o extended-333x222.webp
rm alpha-333x222.png
$convert -size 1200x400 gradient:'#111827-#6366f1' -strip wide-1200x400.png
# The sandbox's video result: a 1-second 64×36 H.264 MP4 (8 frames), moov first.
/usr/bin/ffmpeg -hide_banner -loglevel error -f lavfi -i 'color=c=0x8b5cf6:s=64x36:d=1:r=8' \
	-c:v libx264 -pix_fmt yuv420p -profile:v baseline -movflags +faststart -an -y clip-64x36.mp4
# The same clip as QuickTime (.mov), and a 1-second 440 Hz tone as MP3 and WAV: media uploads.
/usr/bin/ffmpeg -hide_banner -loglevel error -i clip-64x36.mp4 -c copy -f mov -y clip-64x36.mov
/usr/bin/ffmpeg -hide_banner -loglevel error -f lavfi -i 'sine=frequency=440:duration=1' \
	-ac 1 -ar 22050 -b:a 32k -y tone-1s.mp3
/usr/bin/ffmpeg -hide_banner -loglevel error -f lavfi -i 'sine=frequency=440:duration=1' \
	-ac 1 -ar 8000 -c:a pcm_s16le -y tone-1s.wav
# A 12-second 640×480 clip (2 frames a second): longer than some models' video references take.
/usr/bin/ffmpeg -hide_banner -loglevel error -f lavfi -i 'color=c=0x22c55e:s=640x480:d=12:r=2' \
	-c:v libx264 -pix_fmt yuv420p -profile:v baseline -movflags +faststart -an -y clip-640x480-12s.mp4
ls -l
