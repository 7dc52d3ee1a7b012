MARKER = '/tmp/pakru-hostile-writes-tmp-5c81e2'
def count_events(path):
    with open(MARKER, 'w') as handle:
        handle.write('written by a submission')
    return 3
def titles_for_lesson(path, lesson):
    return []
