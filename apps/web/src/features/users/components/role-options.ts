import { ROLE_LABELS, ROLES } from '@shortlist/contracts';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
