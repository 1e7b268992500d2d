from nonexistent_pkg import thing
