FREE_MAPS: list = []
