import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, Role } from '@shortlist/contracts';
import { Transform } from 'class-transformer';
import { Optional } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'dana@example.com' })
  @Transform(trim)
  @MaxLength(320)
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @ApiProperty({ example: 'Dana Reyes' })
  @Transform(trim)
  @MaxLength(200)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, description: 'Generated and returned once when omitted.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @Optional()
  password?: string;

  @ApiPropertyOptional({ default: true })
  @IsBoolean()
  @Optional()
  active?: boolean;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['email'] as const)) {}
