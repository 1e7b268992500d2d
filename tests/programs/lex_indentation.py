# Deeply nested blocks with varying indentation widths; blank lines inside blocks.
def classify(xs):
    result = []
    for x in xs:

        if x > 0:
              if x > 10:
                        result.append("big")
              else:
                result.append("small")

        elif x == 0:
         result.append("zero")
        else:
            result.append("neg")
    return result
print(classify([5, 50, 0, -1]))
