# Integer literals in every base, with underscores.
print(0, 00, 0x0, 0o0, 0b0)
print(0xff, 0XFF, 0xDeadBeef, 0o17, 0O777, 0b1011, 0B11111111)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF)
print(-0x10, -0b1, -0o10)
print(1_2_3 + 4_5)
