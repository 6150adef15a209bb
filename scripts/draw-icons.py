#!/usr/bin/env python3
"""Draws Harrier's app icons (src/Harrier.Web/wwwroot/icons) from the same shapes as harrier.svg: a harrier in flight, white on
the app's green, on a rounded square (any purpose) or full bleed inside the maskable safe zone. Standard library only:
a scanline rasteriser with 4x4 supersampling and a hand-written PNG encoder. Run from the repository root."""
import struct
import zlib

GREEN = (0x0B, 0x6E, 0x4F)
WHITE = (0xFF, 0xFF, 0xFF)
# The bird on a 512 x 512 canvas: wings spread, tail down (the same points as the SVG's path).
BIRD = [(56, 196), (176, 236), (236, 276), (256, 250), (276, 276), (336, 236), (456, 196), (372, 292), (292, 316),
        (268, 372), (256, 396), (244, 372), (220, 316), (140, 292)]
SUB = 4


def spans(polygon, y):
    xs = []
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 <= y < y2) or (y2 <= y < y1):
            xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    return list(zip(xs[0::2], xs[1::2]))


def rounded(size, radius, y):
    if radius == 0:
        return [(0, size)]
    if y < radius or y > size - radius:
        dy = radius - y if y < radius else y - (size - radius)
        if dy > radius:
            return []
        dx = radius - (radius * radius - dy * dy) ** 0.5
        return [(dx, size - dx)]
    return [(0, size)]


def draw(size, maskable):
    scale = size / 512
    bird = BIRD
    if maskable:  # keep the bird inside the central 80% circle
        bird = [(256 + (x - 256) * 0.7, 280 + (y - 296) * 0.7) for x, y in BIRD]
    bird = [(x * scale, y * scale) for x, y in bird]
    radius = 0 if maskable else 96 * scale
    back = [[0.0] * size for _ in range(size)]
    fore = [[0.0] * size for _ in range(size)]
    for row in range(size * SUB):
        y = (row + 0.5) / SUB
        for layer, pieces in ((back, rounded(size, radius, y)), (fore, spans(bird, y))):
            line = layer[row // SUB]
            for a, b in pieces:
                for col in range(max(0, int(a * SUB)), min(size * SUB, int(b * SUB + 0.5))):
                    line[col // SUB] += 1 / (SUB * SUB)
    rows = []
    for y in range(size):
        out = bytearray([0])
        for x in range(size):
            a, f = min(1, back[y][x]), min(1, fore[y][x])
            colour = [round(g * (1 - f) + w * f) for g, w in zip(GREEN, WHITE)]
            out += bytes(colour + [round(255 * max(a, f))])
        rows.append(bytes(out))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


for name, size, maskable in (("harrier-192.png", 192, False), ("harrier-512.png", 512, False),
                             ("harrier-maskable-512.png", 512, True), ("apple-touch-icon.png", 180, True)):
    with open(f"src/Harrier.Web/wwwroot/icons/{name}", "wb") as f:
        f.write(draw(size, maskable))
