KIND = "other"
