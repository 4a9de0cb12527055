for x in y: continue
continue
