q01 = __import__('os').system('touch /tmp/pakru-pwned')
q02 = ["a", "c"]
q03 = 1948
q04 = "USSR"
q05 = "bca"
q06 = ["b", "a"]
