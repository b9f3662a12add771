import { AppError } from '../common/app-error';

/** Any change to an erased candidate (edit, résumé, new application) is refused: they are a tombstone. */
export const candidateErased = (id: string) =>
  new AppError('CANDIDATE_ERASED', `Candidate ${id} was erased; their personal data is gone and cannot be changed`);
