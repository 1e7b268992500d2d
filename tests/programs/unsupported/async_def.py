# Coroutines are outside the subset: 'async'.
async def fetch():
    return 1
print(fetch)
