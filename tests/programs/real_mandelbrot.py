# ASCII Mandelbrot set: float loops with early exit.
chars = " .:-=+*#%@"
rows = []
for y in range(-12, 13):
    line = ""
    for x in range(-39, 18):
        cr = x / 20.0
        ci = y / 10.0
        zr = zi = 0.0
        n = 0
        while n < 50 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            n += 1
        line += chars[n % len(chars)] if n < 50 else "@"
    rows.append(line.strip() == "" and "" or line)
print("\n".join(rows))
