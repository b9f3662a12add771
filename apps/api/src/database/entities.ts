import { LoginFailure } from '../auth/login-failure.entity';
import { Session } from '../auth/session.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [User, Session, LoginFailure];
