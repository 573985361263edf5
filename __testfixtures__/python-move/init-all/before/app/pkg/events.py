KIND = "event"
