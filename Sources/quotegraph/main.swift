print("quotegraph")
