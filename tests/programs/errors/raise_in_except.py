try:
    {}["missing"]
except KeyError:
    raise ValueError("lookup failed")
