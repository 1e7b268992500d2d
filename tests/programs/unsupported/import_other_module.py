# Modules armjit does not have: ModuleNotFoundError.
import socket
print(socket.AF_INET)
