import type { Role } from './roles';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: UserView;
}

/** POST /me/password: ends the user's other sessions. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  password?: string;
  active?: boolean;
}

export interface CreateUserResponse extends UserView {
  /** Present only when the server generated the password; shown once. */
  generatedPassword?: string;
}

export type UpdateUserRequest = Partial<Omit<CreateUserRequest, 'email'>>;

export interface Page<T> {
  items: T[];
  total: number;
}

/** Someone who can sit on an interview panel, as hiring managers and recruiters see them. */
export interface PanelMember {
  id: string;
  name: string;
  email: string;
  role: Role;
}
