# Fixtures live in modules per area; list each area's module here.
pytest_plugins = ["classroom_support"]
