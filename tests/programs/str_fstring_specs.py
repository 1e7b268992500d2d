# f-strings with format specs: precision, width, alignment, fill, sign, types.
pi = 3.14159265358979
n = 42
s = "ab"
print(f"{pi:.3f}|{pi:.0f}|{pi:10.4f}|{pi:<10.2f}|{pi:^10.1f}|{pi:e}|{pi:.2e}|{pi:g}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{n:x}|{n:X}|{n:o}|{n:b}|{n:*>6}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:.1}|{s:_^8}")
print(f"{-n:5}|{-pi:8.2f}|{1234567:,}|{0.5:%}|{0.125:.1%}")
for i in range(1, 4):
    print(f"{i:3d} {i * i:4d} {i ** 3:5d} {1 / i:8.5f}")
w = 1e-7
print(f"{w}", f"{w:.2f}", f"{w:.3g}", f"{1e20:.1f}")
