# 'await' is only valid inside 'async def', so armjit stops at the 'async' first.
async def inner():
    return 1
async def outer():
    return await inner()
print(outer)
