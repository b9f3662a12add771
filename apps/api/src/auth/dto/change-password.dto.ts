import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { type ChangePasswordRequest, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@shortlist/contracts';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsString()
  newPassword!: string;
}
