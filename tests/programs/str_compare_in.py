# String comparisons (lexicographic by code point) and membership.
words = ["banana", "Apple", "apple", "cherry", "", "a", "ab", "B", "Zebra", "éclair"]
print(sorted(words))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
print("abc" == "abc", "abc" != "abd", "abc" >= "abc", "abc" <= "ab")
print("ell" in "hello", "" in "x", "xyz" in "hello", "h" not in "hello", "lo" in "hello")
print(max(words), min(words))
