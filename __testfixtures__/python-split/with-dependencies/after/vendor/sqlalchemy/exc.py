class IntegrityError(Exception):
    code = "unique_violation"
