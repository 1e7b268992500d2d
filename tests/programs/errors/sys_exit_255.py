import sys
print("exiting with 255")
sys.exit(255)
print("not reached")
