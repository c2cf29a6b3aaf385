import {join} from 'node:path';
import {z} from 'zod';
import {bundledLexiconDir} from '../lexicon/bundled-dir.js';
import {readYamlFile} from '../lexicon/yaml-file.js';
import {outletNames, type OutletList, type OutletNames} from './outlet-names.js';

/* The bundled list of outlets and the names each goes by (lexicons/outlets.yaml), read and checked. */

const outletsSchema = z.object({
  version: z.literal(1),
  outlets: z.array(z.object({names: z.array(z.string().min(1)).min(1)}).strict()),
}).strict();

/** The outlets listed in `dir`'s outlets.yaml. */
export function readOutletList(dir = bundledLexiconDir()): OutletList {
  return readYamlFile(join(dir, 'outlets.yaml'), outletsSchema, 'outlet list').data.outlets.map((o) => o.names);
}

let bundled: OutletNames | null = null;

/** The bundled outlets' finder, read once. */
export function bundledOutletNames(): OutletNames {
  bundled ??= outletNames(readOutletList());
  return bundled;
}
