from app.drivers.bridges import Audit, Stage, run

print(run(Audit("a", Stage.OPEN).id))
