# Modules other than math and sys do not exist in armjit: ModuleNotFoundError.
import os
print(os.sep)
