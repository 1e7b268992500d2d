# Triple-quoted strings keep newlines and quotes; backslash continues lines.
text = """first line
  second "quoted" line
third 'line'"""
print(text)
print(len(text.split("\n")))
other = '''a
b'''
print(repr(other))
joined = "abc\
def"
print(joined)
doc = """
"""
print(repr(doc))
