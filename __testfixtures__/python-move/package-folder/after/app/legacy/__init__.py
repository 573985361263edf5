# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
