import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY } from './access.decorators';

/**
 * Deny by default, checked at boot: the guard already refuses a route that
 * declares no access, and this refuses to start an app that has one, so a
 * forgotten decorator is found by the first test run, not by a user.
 */
@Injectable()
export class AccessAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  undeclaredRoutes(): string[] {
    return this.discovery.getControllers().flatMap((wrapper) => {
      const prototype = Object.getPrototypeOf(wrapper.instance ?? {});
      return this.scanner
        .getAllMethodNames(prototype)
        .filter((method) => Reflect.getMetadata(PATH_METADATA, prototype[method]) !== undefined)
        .filter(
          (method) => !this.reflector.getAllAndOverride(ACCESS_KEY, [prototype[method], wrapper.metatype as object]),
        )
        .map((method) => `${wrapper.name}.${method}`);
    });
  }

  onApplicationBootstrap(): void {
    const undeclared = this.undeclaredRoutes();
    if (undeclared.length) throw new Error(`Routes without an access declaration: ${undeclared.join(', ')}`);
  }
}
