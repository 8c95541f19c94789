# Draws the toolbar icon (a phone with a return arrow) as PNGs; no image library needed.
import struct, zlib, sys

def png(size, path):
    s = size
    rows = []
    for y in range(s):
        row = bytearray([0])
        for x in range(s):
            fx, fy = (x + 0.5) / s, (y + 0.5) / s
            # rounded square background
            r = 0.2
            dx = max(r - fx, 0, fx - (1 - r)); dy = max(r - fy, 0, fy - (1 - r))
            inside = dx * dx + dy * dy <= r * r
            col = (0, 0, 0, 0)
            if inside:
                col = (11, 87, 208, 255)
                # phone body: white outline
                px0, px1, py0, py1 = 0.32, 0.68, 0.16, 0.84
                if px0 <= fx <= px1 and py0 <= fy <= py1:
                    border = min(fx - px0, px1 - fx, fy - py0, py1 - fy)
                    if border < 0.07 or (abs(fx - 0.5) < 0.05 and abs(fy - 0.74) < 0.04):
                        col = (255, 255, 255, 255)
                # arrow across the screen: the number moving to a new owner
                if 0.42 <= fy <= 0.5 and 0.2 <= fx <= 0.78:
                    col = (255, 196, 0, 255)
                if fx > 0.72 and abs(fy - 0.46) < (0.86 - fx) * 0.9 and fx < 0.86:
                    col = (255, 196, 0, 255)
            row += bytes(col)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', s, s, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

for n in (16, 32, 48, 96, 128):
    png(n, f'{sys.argv[1]}/{n}.png')
