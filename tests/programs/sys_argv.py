# sys.argv holds the program path; sys.exit is only used in errors/.
import sys
args = sys.argv
print(len(args), isinstance(args, list), isinstance(args[0], str))
print(args[0].split("/")[-1])
