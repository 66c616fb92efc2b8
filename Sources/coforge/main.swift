print("coforge")
