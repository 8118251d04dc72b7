"""Limits that keep a worker safe from hostile or absurd files (not the service's policy)."""

# JPEG decodes at 1/2, 1/4 or 1/8 scale, so a big one costs little memory; Pillow's own
# decompression-bomb threshold is kept for it.
MAX_PIXELS_REDUCED_DECODE = 89_478_485
# Other formats decode whole: 64 MP is a 48 MP phone photo or an A4 page scanned at 900 dpi,
# and about 200 MB of RGB in the worker.
MAX_PIXELS_FULL_DECODE = 64_000_000
# A passport has 20 pages; a file with more than this is not one document's scan.
MAX_PAGES_PER_FILE = 50
