#!/usr/bin/env python3
"""Draws the Teams app icons: color.png (192x192) and outline.png (32x32, white on transparent).

Two linked rings, for a partnership. Pure Python (zlib only); run it again after changing a colour.
"""
import struct
import zlib
from pathlib import Path

ACCENT = (0x2B, 0x57, 0x97)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # supersampling per axis, for smooth edges


def ring_coverage(x, y, size, ring_width):
    """How much of pixel (x, y) two linked rings cover, 0.0 to 1.0."""
    radius = size * 0.24
    centres = ((size * 0.37, size * 0.5), (size * 0.63, size * 0.5))
    hits = 0
    for sx in range(SAMPLES):
        for sy in range(SAMPLES):
            px = x + (sx + 0.5) / SAMPLES
            py = y + (sy + 0.5) / SAMPLES
            for cx, cy in centres:
                distance = ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5
                if abs(distance - radius) <= ring_width / 2:
                    hits += 1
                    break
    return hits / (SAMPLES * SAMPLES)


def rounded_square_coverage(x, y, size, corner):
    hits = 0
    for sx in range(SAMPLES):
        for sy in range(SAMPLES):
            px = x + (sx + 0.5) / SAMPLES
            py = y + (sy + 0.5) / SAMPLES
            dx = max(corner - px, px - (size - corner), 0)
            dy = max(corner - py, py - (size - corner), 0)
            if dx * dx + dy * dy <= corner * corner:
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def color_icon(size=192):
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            ring = ring_coverage(x, y, size, size * 0.075)
            background = rounded_square_coverage(x, y, size, size * 0.18)
            rgb = tuple(round(ACCENT[i] * (1 - ring) + WHITE[i] * ring) for i in range(3))
            row.append(rgb + (round(255 * max(background, ring)),))
        rows.append(row)
    return rows


def outline_icon(size=32):
    return [[WHITE + (round(255 * ring_coverage(x, y, size, 2.2)),) for x in range(size)] for y in range(size)]


def write_png(path, rows):
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + b"".join(struct.pack("BBBB", *pixel) for pixel in row) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(png)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    write_png(here / "color.png", color_icon())
    write_png(here / "outline.png", outline_icon())
    print("wrote", here / "color.png", "and", here / "outline.png")
