/**
 * A relatie drawn as a dashed line: for a tie only one side named in an uitvraag (survey-ties.ts). sigma's
 * own thick-line program (EdgeClampedProgram: a quad per relatie, stopped short of the target for an arrow
 * head) with one more varying, the distance along the line in screen pixels, which the fragment shader
 * cuts into dashes. The dashes keep their length in pixels whatever the zoom. Picking (clicks, hovers) uses
 * the whole line, gaps included. `DashedLineProgram` for plain lines, `createDashedArrowProgram` with
 * sigma's arrow head (drawn whole) for directed types.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeProgramType, ProgramInfo } from 'sigma/rendering';
import { createEdgeArrowHeadProgram, createEdgeCompoundProgram, EdgeProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { DASH_PX, GAP_PX } from './survey-ties.ts';

/** sigma's arrow head length per thickness (DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS), so the line meets it. */
const LENGTH_TO_THICKNESS = 2.5;

// language=GLSL
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;

  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;

  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // Stopped short of the target for an arrow head (a_radius 0: a plain line, not stopped).
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensationVector =
    vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);

  vec2 clip = (u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy;
  gl_Position = vec4(clip, 0, 1);

  // How far along the line this corner is, in CSS pixels from the source's centre.
  vec2 half_ = u_dimensions / 2.0;
  vec2 startPx = (u_matrix * vec3(a_positionStart, 1)).xy * half_;
  vec2 endPx = (u_matrix * vec3(a_positionEnd, 1)).xy * half_;
  vec2 along = endPx - startPx;
  float lengthPx = length(along);
  v_along = lengthPx > 0.0 ? dot(clip * half_ - startPx, along / lengthPx) : 0.0;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif

  v_color.a *= bias;
}
`;

// language=GLSL
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const float dash = ${DASH_PX.toFixed(1)};
const float period = ${(DASH_PX + GAP_PX).toFixed(1)};

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = length(v_normal) * v_thickness;
  float side = smoothstep(v_thickness - v_feather, v_thickness, dist);
  // Within a period: the dash, then the gap; its far end softened over a pixel.
  float phase = mod(v_along, period);
  float gap = smoothstep(dash - 0.5, dash + 0.5, phase);
  gl_FragColor = mix(v_color, transparent, max(side, gap));
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = [
  'u_matrix',
  'u_zoomRatio',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_pixelRatio',
  'u_feather',
  'u_minEdgeThickness',
  'u_lengthToThicknessRatio',
  'u_dimensions',
] as const;

type Uniform = (typeof UNIFORMS)[number];

function createDashedProgram(arrow: boolean) {
  return class DashedEdgeProgram<
    N extends Attributes = Attributes,
    E extends Attributes = Attributes,
    G extends Attributes = Attributes,
  > extends EdgeProgram<Uniform, N, E, G> {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_positionStart', size: 2, type: FLOAT },
          { name: 'a_positionEnd', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_radius', size: 1, type: FLOAT },
        ],
        // As sigma's: which end (0 source, 1 target), which side, and whether the corner is stopped short.
        CONSTANT_ATTRIBUTES: [
          { name: 'a_positionCoef', size: 1, type: FLOAT },
          { name: 'a_normalCoef', size: 1, type: FLOAT },
          { name: 'a_radiusCoef', size: 1, type: FLOAT },
        ],
        CONSTANT_DATA: [
          [0, 1, 0],
          [0, -1, 0],
          [1, 1, 1],
          [1, 1, 1],
          [0, -1, 0],
          [1, -1, -1],
        ],
      };
    }

    processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      const thickness = data.size || 1;
      const dx = targetData.x - sourceData.x;
      const dy = targetData.y - sourceData.y;
      const squared = dx * dx + dy * dy;
      const inverse = squared ? 1 / Math.sqrt(squared) : 0;
      const array = this.array;
      let i = startIndex;
      array[i++] = sourceData.x;
      array[i++] = sourceData.y;
      array[i++] = targetData.x;
      array[i++] = targetData.y;
      array[i++] = -dy * inverse * thickness;
      array[i++] = dx * inverse * thickness;
      array[i++] = floatColor(data.color);
      array[i++] = edgeIndex;
      array[i++] = arrow ? targetData.size || 1 : 0;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_zoomRatio, params.zoomRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
      gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(uniformLocations.u_lengthToThicknessRatio, LENGTH_TO_THICKNESS);
      gl.uniform2f(uniformLocations.u_dimensions, params.width, params.height);
    }
  };
}

export const DashedLineProgram = createDashedProgram(false);

/** The dashed line stopped short of its target, with sigma's arrow head there. */
export function createDashedArrowProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>(): EdgeProgramType<N, E, G> {
  return createEdgeCompoundProgram<N, E, G>([
    createDashedProgram(true),
    createEdgeArrowHeadProgram<N, E, G>(),
  ]);
}
