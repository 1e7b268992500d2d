# Tab indentation (used consistently) and mixed nesting depths.
def f(n):
	if n > 0:
		return "positive"
	else:
		for i in range(2):
			n += 1
		return n
print(f(1), f(-5))
class C:
	def m(self):
		return "tabbed method"
print(C().m())
