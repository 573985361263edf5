import * as path from 'path';
import { Project } from 'ts-morph';
import { runPeer } from './protocol';

/** Moves one folder with ts-morph the documented way and saves; `from`/`to` are root-relative. */
async function moveFolder(args: { copy: string; from: string; to: string }): Promise<object> {
  const project = new Project({ tsConfigFilePath: path.join(args.copy, 'tsconfig.json') });
  project.getDirectoryOrThrow(path.join(args.copy, args.from)).move(path.join(args.copy, args.to));
  const filesChanged = project.getSourceFiles().filter((f) => !f.isSaved()).length;
  await project.save();
  return { filesChanged };
}

runPeer(moveFolder);
