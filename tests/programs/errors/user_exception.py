class ValidationError(Exception):
    pass
def validate(name):
    if not name:
        raise ValidationError("name must not be empty")
    return name
print(validate("ok"))
validate("")
