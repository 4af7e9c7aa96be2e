// A one-source sources.yaml for the loader's unit tests: source `s1`, file sources/a.txt holding `raw`.
import { createHash } from 'crypto';

export function sourcesYaml(raw: string): string {
  return `sources:
  - id: s1
    file: sources/a.txt
    sha256: ${createHash('sha256').update(raw).digest('hex')}
    title: A
    kind: news-report
    cleaning: news-page
    published: unknown
`;
}
