# Bytes are outside the subset: 'bytes literal'.
data = b"raw bytes"
print(len(data))
