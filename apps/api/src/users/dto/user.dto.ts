import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PanelMember, ROLES, Role, UserView } from '@shortlist/contracts';
import type { User } from '../user.entity';

export class UserDto implements UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CreatedUserDto extends UserDto {
  @ApiPropertyOptional({ description: 'Present only when the server generated the password; shown once.' })
  generatedPassword?: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty() total!: number;
}

export class PanelMemberDto implements PanelMember {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class PanelPageDto {
  @ApiProperty({ type: [PanelMemberDto] }) items!: PanelMemberDto[];
  @ApiProperty() total!: number;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
