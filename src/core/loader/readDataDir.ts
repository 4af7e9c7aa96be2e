// Reads a fact-base folder laid out like data/: sources.yaml, entities/*.yaml, statements/*.yaml.
import * as fs from 'fs';
import * as path from 'path';
import type { FactBaseInput } from './loadFactBase';
import type { InputFile } from './yamlFile';

export function readDataDir(dir: string): FactBaseInput {
  const read = (rel: string): InputFile => ({ path: rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') });
  const yamlFilesIn = (sub: string): InputFile[] => {
    const folder = path.join(dir, sub);
    return fs.existsSync(folder)
      ? fs.readdirSync(folder).filter(f => /\.ya?ml$/.test(f)).sort().map(f => read(`${sub}/${f}`))
      : [];
  };
  return {
    sources: fs.existsSync(path.join(dir, 'sources.yaml')) ? [read('sources.yaml')] : [],
    entities: yamlFilesIn('entities'),
    statements: yamlFilesIn('statements'),
    readSource: file => {
      const resolved = path.resolve(dir, file);
      // Sources must stay inside the data folder.
      if (!resolved.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(resolved)) {
        return undefined;
      }
      return fs.readFileSync(resolved, 'utf8');
    },
  };
}
