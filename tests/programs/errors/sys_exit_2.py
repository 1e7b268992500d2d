import sys
print("exiting with 2")
sys.exit(2)
print("not reached")
