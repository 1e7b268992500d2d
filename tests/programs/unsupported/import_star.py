# Star imports are outside the subset: 'import *'.
from math import *
print(sqrt(4))
